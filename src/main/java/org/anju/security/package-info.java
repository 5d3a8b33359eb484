/**
 * Accounts, roles and jurisdictions (issue 7): who may log in, what each role may do, and which
 * administrative area each account sees — enforced in the SQL of every query through
 * {@link org.anju.security.Jurisdiction}, not only in the user interface.
 */
package org.anju.security;
