package org.fklab.shell.command;

/** The value of a setting that is on or off ({@code explain on}, {@code tutorial auto off}), as typed. */
public enum Switch {
    on, off;

    public boolean isOn() {
        return this == on;
    }
}
