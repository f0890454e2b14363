package vn.daotao.report;

/** The words drawn into the dashboard charts, in the viewer's language. */
public record ChartLabels(
        String cumulativeTitle,
        String completedAxis,
        String assignedMarker,
        String dueMarker,
        String bySubUnitTitle,
        String percentAxis,
        String directMembers,
        /* the series of completions in person, drawn only when there are some */
        String inPersonSeries) {

    public ChartLabels(
            String cumulativeTitle,
            String completedAxis,
            String assignedMarker,
            String dueMarker,
            String bySubUnitTitle,
            String percentAxis,
            String directMembers) {
        this(
                cumulativeTitle,
                completedAxis,
                assignedMarker,
                dueMarker,
                bySubUnitTitle,
                percentAxis,
                directMembers,
                completedAxis);
    }
}
