package dev.baton.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed JUnit XML report: the suite's counts and its test cases. */
public final class JUnitXml {

    private final Element suite;

    private JUnitXml(Element suite) {
        this.suite = suite;
    }

    public static JUnitXml parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Element root = document.getDocumentElement();
            if (!root.getTagName().equals("testsuite")) {
                throw new AssertionError("the root element is <" + root.getTagName() + ">, not <testsuite>");
            }
            return new JUnitXml(root);
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + file + ": " + e, e);
        }
    }

    /** An attribute of {@code <testsuite>} as a number, e.g. {@code tests}, {@code failures}. */
    public int count(String attribute) {
        return Integer.parseInt(suite.getAttribute(attribute));
    }

    public List<Testcase> testcases() {
        List<Testcase> cases = new ArrayList<>();
        NodeList nodes = suite.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add(new Testcase((Element) nodes.item(i)));
        }
        return cases;
    }

    public Testcase testcase(String name) {
        List<Testcase> matches = testcases().stream().filter(t -> t.name().equals(name)).toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " testcases named '" + name + "' among "
                    + testcases().stream().map(Testcase::name).toList());
        }
        return matches.get(0);
    }

    /** One {@code <testcase>}. */
    public record Testcase(Element element) {
        public String name() {
            return element.getAttribute("name");
        }

        public String classname() {
            return element.getAttribute("classname");
        }

        /** The child element {@code failure}, {@code error} or {@code skipped}, if present. */
        public Optional<Element> child(String tag) {
            NodeList nodes = element.getElementsByTagName(tag);
            return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
        }

        /** {@code passed}, {@code failure}, {@code error} or {@code skipped}. */
        public String outcome() {
            for (String tag : List.of("failure", "error", "skipped")) {
                if (child(tag).isPresent()) {
                    return tag;
                }
            }
            return "passed";
        }

        /** Everything the test case holds: attributes and text. */
        public String allText() {
            StringBuilder text = new StringBuilder();
            collect(element, text);
            return text.toString();
        }

        private static void collect(Node node, StringBuilder text) {
            if (node.getAttributes() != null) {
                for (int i = 0; i < node.getAttributes().getLength(); i++) {
                    text.append(node.getAttributes().item(i).getNodeValue()).append('\n');
                }
            }
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue()).append('\n');
            }
            NodeList children = node.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                collect(children.item(i), text);
            }
        }
    }
}
