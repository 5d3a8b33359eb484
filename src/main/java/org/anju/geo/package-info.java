/**
 * Shared spatial kernel: CGCS2000 (EPSG:4490), bounding boxes, the China extent, GeoJSON reading and streaming writing.
 */
package org.anju.geo;
