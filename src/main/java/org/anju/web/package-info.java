/** Configuration the browser map reads at start ({@code GET /api/map-config}). */
package org.anju.web;
