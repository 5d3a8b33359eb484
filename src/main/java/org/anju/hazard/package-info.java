/**
 * 灾害与抗震 — seismic intensity zones (抗震设防烈度, GB 18306) and disaster events with their footprints and severity classes, the hazards houses are overlaid on.
 */
package org.anju.hazard;
