package org.millwright;

import java.util.Arrays;
import org.millwright.cli.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Millwright: the maintenance-intelligence server for industrial plants, and its command line. */
@Modulithic(systemName = "Millwright")
@SpringBootApplication(
        excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConfigurationPropertiesScan
public class MillwrightApplication {

    /** Starts the server, or with {@code ingest ...} runs the command-line ingest (no server, no Spring). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(IngestCommand.NAME)) {
            IngestCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(MillwrightApplication.class, args);
    }
}
