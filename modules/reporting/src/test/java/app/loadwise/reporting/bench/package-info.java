/** The weekly report benchmark: a large club's workbook against a raw streamed write of as many cells. */
package app.loadwise.reporting.bench;
