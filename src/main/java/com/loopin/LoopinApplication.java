package com.loopin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LoopinApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoopinApplication.class, args);
    }
}
