/**
 * 个人信息保护 — ID-number checks and the one place where personal data is masked before it leaves the service.
 */
package org.anju.privacy;
