package fr.isoc.groupeiot.cms;

/** A workflow step that the item's state or the editor's role does not allow; {@link #reason()} names the bundle key's end. */
public class WorkflowException extends RuntimeException {

    private final String reason;

    public WorkflowException(String reason) {
        super("Workflow step refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
