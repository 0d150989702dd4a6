/**
 * The headless sign-in engine: Debian's Chromium driven through chromedriver with Selenium WebDriver and WebDriver
 * BiDi, filling the same fields and pressing the same buttons as the HTML driver by its rules
 * ({@link dev.baton.auth.SignInRules}), and stopping the navigation to the redirect URI before it is sent. Nothing
 * here is loaded by a run that does not use it.
 */
package dev.baton.browser;
