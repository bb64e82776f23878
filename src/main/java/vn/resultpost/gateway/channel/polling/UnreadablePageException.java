package vn.resultpost.gateway.channel.polling;

/** A page of the list that cannot be read as a whole: nothing of it is taken and the cursor stays where it was. */
public class UnreadablePageException extends RuntimeException {

    public UnreadablePageException(String message) {
        super(message);
    }
}
