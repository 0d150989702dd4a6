package example;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every collection under {@code src/test/baton}, run by the Baton engine: each step is a test. Surefire runs this
 * class because its name ends in {@code Test}; the environment comes from the {@code baton.env} configuration
 * parameter set in the pom.
 */
@Suite
@SuiteDisplayName("Baton collections")
@IncludeEngines("baton")
@SelectDirectories("src/test/baton")
class BatonCollectionsTest {
}
