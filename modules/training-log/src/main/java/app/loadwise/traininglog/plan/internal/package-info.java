/** Reading a Plan sheet: its header row, each row's values checked as the plan API checks them, errors on their cells. */
package app.loadwise.traininglog.plan.internal;
