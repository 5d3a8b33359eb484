/**
 * 示例县 — loading a county package (the sample county in gis-data/, or a test fixture) into an empty database.
 */
package org.anju.sample;
