package org.fklab.domain.row;

/**
 * What a person calls a kind of row and where it lives: {@code band} rows in table BAND, named by their
 * NAME column.
 *
 * @param singular    the word in commands and messages, {@code band}
 * @param table       the table as stored, {@code BAND}
 * @param labelColumn the column that names a row for people, as stored
 * @param labelWord   what that column is called in messages, {@code name} or {@code title}
 */
public record Kind(String singular, String table, String labelColumn, String labelWord) {

    public static final Kind BAND = new Kind("band", "BAND", "NAME", "name");
    public static final Kind LISTING = new Kind("listing", "LISTING", "TITLE", "title");
    public static final Kind AUTHOR = new Kind("author", "AUTHOR", "NAME", "name");
    public static final Kind BOOK = new Kind("book", "BOOK", "TITLE", "title");

    /** {@code a band}, {@code an author} */
    public String withArticle() {
        return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
    }

    /** {@code A band}, {@code An author}: for the start of a sentence. */
    public String withArticleCapitalized() {
        String text = withArticle();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String plural() {
        return singular + "s";
    }
}
