package io.taskdef.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool to completion within a time limit; its output (stdout and stderr together) goes to
 * {@code target/it-logs/<name>.log}. A non-zero exit or a timeout fails the test with the end of that log;
 * a timed-out tool is killed with everything it started.
 */
public final class ExternalCommand {

    /** What a finished command printed, and how long it took. */
    public record Result(String output, Duration took) {
    }

    private final List<String> command;
    private final Map<String, String> env;
    private final Path workDir;

    private ExternalCommand(List<String> command, Map<String, String> env, Path workDir) {
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.workDir = workDir;
    }

    public static ExternalCommand of(Path tool, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool.toString());
        cmd.addAll(List.of(args));
        return new ExternalCommand(cmd, Map.of(), Tools.projectRoot());
    }

    public ExternalCommand env(Map<String, String> extra) {
        return new ExternalCommand(command, extra, workDir);
    }

    public ExternalCommand in(Path dir) {
        return new ExternalCommand(command, env, dir);
    }

    /** Runs it and fails the test unless it exits with 0 within the timeout. */
    public Result run(String name, Duration timeout) {
        Path log = logFile(name);
        long start = System.nanoTime();
        Process p = start(log);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
        String output = read(log);
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + tail(log));
        }
        return new Result(output, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Starts it in the background (a server); the caller stops it with {@link #kill(Process)}. */
    public Process start(String name) {
        return start(logFile(name));
    }

    /** Stops a process and everything it started: politely first, then by force. */
    public static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        p.destroy();
        for (ProcessHandle h : children) {
            h.onExit().completeOnTimeout(h, 30, TimeUnit.SECONDS).join();
            h.destroyForcibly();
        }
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process start(Path log) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    private static Path logFile(String name) {
        Path log = Tools.projectRoot().resolve("target/it-logs").resolve(name + ".log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log;
    }

    private static String tail(Path log) {
        String text = read(log);
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }
}
