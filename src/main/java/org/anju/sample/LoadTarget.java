package org.anju.sample;

/**
 * How the large tables of a county package are written: {@link BatchedLoad} row by row in JDBC
 * batches (H2GIS), or {@link CopyLoad} with {@code COPY} into staging tables and set-based moves
 * (PostgreSQL). The loader opens one sink at a time, in this order, and calls {@link #finish()}
 * at the end; the values of each sink are those of the matching statement in
 * {@link CountyPackageSql}.
 */
interface LoadTarget {

    /** code, head_name, id_number, phone, members, village_code, primary_category, 4 flags. */
    RowSink households();

    /** household code, category. */
    RowSink householdCategories();

    /** code, village_code, location … last_inspected_on, owner household code (see {@code HOUSE}). */
    RowSink houses();

    /** footprint polygon, house code. */
    RowSink footprints();

    /** house code, household code: the household lives in that house. */
    RowSink residences();

    /** house code, grade, assessed_on, kind, assessor, note. */
    RowSink assessments();

    /** house code, year, method, subsidy, funding source. */
    RowSink renovations();

    /** Whatever is still to be done to have every row in its table, then fresh statistics. */
    void finish();
}
