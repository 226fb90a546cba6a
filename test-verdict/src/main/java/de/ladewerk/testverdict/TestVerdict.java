package de.ladewerk.testverdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Sums up the JUnit XML reports of every module ({@code target/surefire-reports} and
 * {@code target/failsafe-reports}) and fails when any test failed or erred.
 *
 * <p>Run last in the reactor. Together with {@code -Dmaven.test.failure.ignore=true} one failing module no
 * longer hides the results of the modules after it, and the build still fails.
 */
public final class TestVerdict {

    /** Counts of one module. */
    record Counts(int tests, int failures, int errors, int skipped, List<String> failed) {
        Counts plus(Counts other) {
            List<String> all = new ArrayList<>(failed);
            all.addAll(other.failed);
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors,
                    skipped + other.skipped, all);
        }
    }

    private TestVerdict() {
    }

    /**
     * @param args the project's root directory
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Map<String, Counts> modules = collect(root);
        int failed = 0;
        System.out.println("Test results by module:");
        for (Map.Entry<String, Counts> e : modules.entrySet()) {
            Counts c = e.getValue();
            System.out.printf("  %-16s %5d tests, %d failures, %d errors, %d skipped%n", e.getKey(), c.tests(),
                    c.failures(), c.errors(), c.skipped());
            for (String name : c.failed()) {
                System.out.println("      FAILED " + name);
            }
            failed += c.failures() + c.errors();
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " test(s) failed; see the modules above");
        }
    }

    static Map<String, Counts> collect(Path root) throws Exception {
        Map<String, Counts> modules = new TreeMap<>();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(root, 4)) {
            reports = files.filter(p -> p.getFileName().toString().startsWith("TEST-")
                            && p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> p.getParent().getFileName().toString().matches("(surefire|failsafe)-reports"))
                    .sorted().toList();
        }
        for (Path report : reports) {
            String module = root.relativize(report).getName(0).toString();
            modules.merge(module, read(report), Counts::plus);
        }
        return modules;
    }

    private static Counts read(Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element suite = factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        List<String> failed = new ArrayList<>();
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getElementsByTagName("failure").getLength() > 0
                    || testCase.getElementsByTagName("error").getLength() > 0) {
                failed.add(testCase.getAttribute("classname") + "." + testCase.getAttribute("name"));
            }
        }
        return new Counts(number(suite, "tests"), number(suite, "failures"), number(suite, "errors"),
                number(suite, "skipped"), failed);
    }

    private static int number(Element suite, String attribute) throws IOException {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
