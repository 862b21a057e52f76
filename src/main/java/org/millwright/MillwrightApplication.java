package org.millwright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Millwright: the maintenance-intelligence server for industrial plants. */
@Modulithic(systemName = "Millwright")
@SpringBootApplication(
        excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConfigurationPropertiesScan
public class MillwrightApplication {

    public static void main(String[] args) {
        SpringApplication.run(MillwrightApplication.class, args);
    }
}
