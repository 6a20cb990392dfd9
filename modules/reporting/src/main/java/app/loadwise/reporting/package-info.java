/** Weekly club reports and their delivery; the public API of the reporting module. */
package app.loadwise.reporting;
