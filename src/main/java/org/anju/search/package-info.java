/** The map's search box: a house by code, a household by its head's name, a village or township by name. */
package org.anju.search;
