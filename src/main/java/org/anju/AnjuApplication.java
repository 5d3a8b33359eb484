package org.anju;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Anju (安居): GIS monitoring of rural house safety for low-income households. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnjuApplication {
    public static void main(String[] args) {
        SpringApplication.run(AnjuApplication.class, args);
    }
}
