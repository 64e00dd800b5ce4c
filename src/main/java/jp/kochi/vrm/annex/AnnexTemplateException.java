package jp.kochi.vrm.annex;

/**
 * The annex template or its font cannot be used: missing, not well-formed, or without an element the portal
 * fills. The message names the file and the problem in English for the log; {@link #location()} gives the
 * file for a message to the user.
 */
public class AnnexTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;

    AnnexTemplateException(String location, String problem, Throwable cause) {
        super("Contract annex template " + location + ": " + problem, cause);
        this.location = location;
    }

    AnnexTemplateException(String location, String problem) {
        this(location, problem, null);
    }

    /** The file (path or classpath resource) that has the problem. */
    public String location() {
        return location;
    }
}
