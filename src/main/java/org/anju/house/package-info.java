/**
 * 农房 — rural houses: location and footprint (CGCS2000), structure, safety grade (A/B/C/D, C and D are 危房) with its assessment history (评定/鉴定), occupancy, inspections and renovation history (修缮加固/拆除重建/选址新建/抗震改造).
 */
package org.anju.house;
