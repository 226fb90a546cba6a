package de.ladewerk.testsupport.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string literals compiled into classes (the constant pool's {@code CONSTANT_String} entries, text
 * blocks included), so a test can forbid e.g. SQL naming another module's tables whatever way the
 * source spells it.
 */
public final class StringConstants {

    private StringConstants() {
    }

    /** "Class: literal" for every string literal of {@code classes} that {@code pattern} finds. */
    public static List<String> matching(JavaClasses classes, Pattern pattern) {
        List<String> hits = new ArrayList<>();
        for (JavaClass c : classes) {
            for (String s : of(c)) {
                if (pattern.matcher(s).find()) {
                    hits.add(c.getName() + ": " + s.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return hits;
    }

    /** The string literals of one class, read from its class file. */
    public static List<String> of(JavaClass c) {
        var source = c.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + c.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return literals(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    /** JVMS §4.4: walks the constant pool, keeps the UTF-8 entries that a CONSTANT_String points at. */
    static List<String> literals(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // longs and doubles take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int index : strings) {
            out.add(utf8[index]);
        }
        return out;
    }
}
