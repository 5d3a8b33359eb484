package org.anju.casework;

/** How the days of a deadline are counted. See docs/CASEWORK.md. */
public enum DayCounting {
    /** 自然日: every day counts; the day of the event does not (民法典 第201条). */
    CALENDAR,
    /** 工作日: Monday to Friday, without holidays, plus make-up working days. */
    WORKING
}
