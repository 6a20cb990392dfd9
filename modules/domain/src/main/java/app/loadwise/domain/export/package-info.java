/** A club's data as tables of plain rows, read page by page, for the club's full data export. */
package app.loadwise.domain.export;
