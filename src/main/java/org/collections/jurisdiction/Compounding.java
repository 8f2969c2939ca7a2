package org.collections.jurisdiction;

/** Whether unpaid interest is added to the claim, as Dutch law does after each year (art. 6:119 lid 2 BW). */
public enum Compounding {
    NONE,
    YEARLY
}
