package io.taskdef;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TaskdefCompilerApplication {
    public static void main(String[] args) {
        SpringApplication.run(TaskdefCompilerApplication.class, args);
    }
}
