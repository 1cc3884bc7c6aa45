package io.taskdef.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The character loops agree with the regular expressions they stand for, on the edges of each. */
class CharsTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern KMS_KEY_ID = Pattern.compile(UUID.pattern() + "|mrk-[0-9a-f]{32}");

    @ParameterizedTest
    @ValueSource(strings = {
        "1234abcd-12ab-34cd-56ef-1234567890ab", "1234ABCD-12AB-34CD-56EF-1234567890AB", "00000000-0000-0000-0000-000000000000",
        "1234abcd-12ab-34cd-56ef-1234567890a", "1234abcd-12ab-34cd-56ef-1234567890abc", "1234abcd012ab-34cd-56ef-1234567890ab",
        "1234abcd-12ab-34cd-56ef-1234567890ag", "g234abcd-12ab-34cd-56ef-1234567890ab", "1234abcd-12ab-34cd-56ef_1234567890ab",
        "1234abcd-12ab-34cd-56e-f1234567890ab", "------------------------------------", "",
        "mrk-0123456789abcdef0123456789abcdef", "mrk-0123456789ABCDEF0123456789abcdef", "mrk-0123456789abcdef0123456789abcde",
        "mrk-0123456789abcdef0123456789abcdef0", "mrk-0123456789abcdef0123456789abcdeg", "MRK-0123456789abcdef0123456789abcdef",
        "mrk-", "mrk-1234abcd-12ab-34cd-56ef-12345678"})
    void uuidAndKmsKeyIdMatchTheirRegularExpressions(String s) {
        assertEquals(UUID.matcher(s).matches(), Chars.uuid(s), "uuid(" + s + ")");
        assertEquals(KMS_KEY_ID.matcher(s).matches(), Chars.kmsKeyId(s), "kmsKeyId(" + s + ")");
    }
}
