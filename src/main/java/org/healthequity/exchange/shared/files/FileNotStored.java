package org.healthequity.exchange.shared.files;

/**
 * The file store could not keep a file (the disk is full, the folder is not writable, the store does not answer).
 * Nothing was stored; each module turns it into its own refusal with {@link #MESSAGE_KEY}, and the transaction that
 * would have pointed at the file rolls back.
 */
public class FileNotStored extends RuntimeException {

    /** "The file could not be stored; try again later. Nothing was saved." */
    public static final String MESSAGE_KEY = "file.not-stored";

    public FileNotStored(String key, Throwable cause) {
        super("File " + key + " could not be stored: " + cause.getMessage(), cause);
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
