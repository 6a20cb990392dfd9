/** The weekly report's workbook writer and the services that assemble, store and send it. */
package app.loadwise.reporting.internal;
