/** Value objects and exceptions shared by every aggregate: weeks, date ranges, paging, domain errors. */
package app.loadwise.domain.common;
