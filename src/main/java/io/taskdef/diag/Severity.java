package io.taskdef.diag;

public enum Severity {
    ERROR, WARNING
}
