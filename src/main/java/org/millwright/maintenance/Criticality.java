package org.millwright.maintenance;

/** ABC criticality: A stops the plant or endangers people; C can wait. */
public enum Criticality {
    A,
    B,
    C
}
