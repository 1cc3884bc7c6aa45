package io.taskdef.spec;

/**
 * The YAML 1.2 core schema's nulls that Jackson's YAML parser reads as strings: it resolves scalars with the
 * JSON schema, where only {@code null} is null, so a plain {@code ~}, {@code Null}, {@code NULL} or an empty
 * value ({@code taskRoleArn:}) would reach the spec as text. They are nulls when written plain; quoted
 * ({@code '~'}, {@code ""}), block or tagged they stay strings.
 */
final class YamlNulls {

    private YamlNulls() {
    }

    static boolean isNullWord(String s) {
        return s.isEmpty() || s.equals("~") || s.equals("Null") || s.equals("NULL");
    }

    /**
     * Whether the scalar starting at the 1-based {@code line} and {@code column} (in code points, as the YAML
     * parser counts) of the UTF-8 {@code body} is plain: not opened by a quote, a block indicator or a tag.
     */
    static boolean plainScalarAt(byte[] body, int line, int column) {
        int i = 0;
        for (int l = 1; l < line && i < body.length; i++) {
            if (body[i] == '\n') {
                l++;
            }
        }
        for (int c = 1; c < column && i < body.length; c++) {
            i++;
            while (i < body.length && (body[i] & 0xC0) == 0x80) {
                i++; // a UTF-8 continuation byte: part of the code point before
            }
        }
        if (i >= body.length) {
            return true;
        }
        byte b = body[i];
        return b != '\'' && b != '"' && b != '|' && b != '>' && b != '!';
    }
}
