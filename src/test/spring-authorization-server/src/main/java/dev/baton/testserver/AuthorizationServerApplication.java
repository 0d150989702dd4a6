package dev.baton.testserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Authorization Server with Spring Boot's own defaults: its login page, its consent page and its security
 * filter chains. Clients and the user come from {@code application.yml}; nothing here changes what it enforces.
 */
@SpringBootApplication
public class AuthorizationServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthorizationServerApplication.class, args);
    }
}
