/**
 * Cross-cutting pieces: configuration, problem+json errors in zh-CN/en, JSON field reading, enum labels.
 */
package org.anju.system;
