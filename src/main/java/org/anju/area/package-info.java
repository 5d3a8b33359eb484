/**
 * 行政区划 — administrative areas (county → township 乡镇 → village 行政村) keyed by the 12-digit statistical division code; the whole service is scoped by these codes.
 */
package org.anju.area;
