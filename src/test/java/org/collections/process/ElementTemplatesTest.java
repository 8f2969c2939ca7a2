package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Camunda Modeler offers a template per delegate ({@code .camunda/element-templates}), so a modeler adds a step by
 * picking it. Templates, delegates and models are written by hand in three places; this test keeps them in step:
 * every delegate has its template, every template names a delegate that exists and only what the Camunda 7
 * template schema allows, every modelled task agrees with its template's fixed values (the retry cycle included,
 * which a Camunda 7 template cannot set), and what a template says the delegate reads and writes is what it does.
 * No Spring context: the classpath, the JSON and the XML are enough.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of(".camunda/element-templates");
    private static final Path PROCESSES = Path.of("processes");
    private static final Path DELEGATE_SOURCES = Path.of("src/main/java/org/collections/process/delegate");
    private static final String DELEGATE_PACKAGE = "org.collections.process.delegate";
    private static final String TEMPLATE_ID_PREFIX = "org.collections.";
    private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

    // What @camunda/element-templates-json-schema 0.22.1 (the Camunda 7 schema Modeler validates with) allows.
    private static final Set<String> TEMPLATE_KEYS = Set.of("$schema", "id", "name", "description", "version",
            "isDefault", "deprecated", "appliesTo", "elementType", "metadata", "keywords", "groups",
            "documentationRef", "properties", "scopes", "entriesVisible",
            // not in the Camunda 7 schema, which does not forbid it: Modeler's template chooser groups by it
            "category");
    private static final Set<String> PROPERTY_KEYS = Set.of("label", "description", "type", "value", "editable",
            "choices", "constraints", "group", "binding", "placeholder");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("notEmpty", "minLength", "maxLength", "pattern");
    private static final Set<String> STRING_HIDDEN_DROPDOWN = Set.of("String", "Hidden", "Dropdown");
    private static final Map<String, Set<String>> TYPES_BY_BINDING = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:property", STRING_HIDDEN_DROPDOWN,
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:outputParameter", STRING_HIDDEN_DROPDOWN,
            "camunda:in", STRING_HIDDEN_DROPDOWN,
            "camunda:out", STRING_HIDDEN_DROPDOWN,
            "camunda:in:businessKey", STRING_HIDDEN_DROPDOWN,
            "camunda:executionListener", Set.of("Hidden"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:errorEventDefinition", STRING_HIDDEN_DROPDOWN);
    private static final Map<String, String> REQUIRED_BINDING_KEY = Map.of(
            "property", "name",
            "camunda:property", "name",
            "camunda:inputParameter", "name",
            "camunda:field", "name",
            "camunda:outputParameter", "source",
            "camunda:errorEventDefinition", "errorRef");
    /** This project's templates are for the tasks that call a delegate. */
    private static final Set<String> APPLIES_TO = Set.of("bpmn:ServiceTask", "bpmn:SendTask");
    private static final Set<String> TASKS_WITH_DELEGATES = Set.of("serviceTask", "sendTask");

    /** What a delegate's own source reads and writes through {@link CaseVariables} or by a variable's name. */
    private static final Pattern READS = Pattern.compile("CaseVariables\\.(\\w+)\\.require\\(");
    private static final Pattern READS_IF_SET = Pattern.compile(
            "CaseVariables\\.(\\w+)\\.get\\(|getVariable\\(\"(\\w+)\"\\)|\\(execution, \"(\\w+)\"\\)");
    private static final Pattern WRITES = Pattern.compile(
            "CaseVariables\\.(\\w+)\\.set(?:Local)?\\(|setVariable(?:Local)?\\(\"(\\w+)\"");
    private static final List<Map.Entry<String, Pattern>> SOURCE_PATTERNS = List.of(Map.entry("reads", READS),
            Map.entry("readsIfSet", READS_IF_SET), Map.entry("writes", WRITES));

    private static Map<String, Class<?>> delegates;
    private static List<Template> templates;

    @BeforeAll
    static void load() throws IOException {
        delegates = scanDelegates();
        templates = readTemplates();
    }

    @Test
    void everyDelegateHasOneTemplate() {
        Map<String, List<String>> templatesByBean = new TreeMap<>();
        templates.forEach(t -> templatesByBean.computeIfAbsent(String.valueOf(t.delegateBean()), b -> new ArrayList<>())
                .add(t.id()));

        Set<String> missing = new TreeSet<>(delegates.keySet());
        missing.removeAll(templatesByBean.keySet());
        templatesByBean.values().removeIf(ids -> ids.size() == 1);

        assertThat(delegates).as("delegates found in %s", DELEGATE_PACKAGE).isNotEmpty();
        assertThat(missing).as("delegates without a template in %s: add one, so that Modeler offers the step",
                TEMPLATES).isEmpty();
        assertThat(templatesByBean).as("delegates with more than one template").isEmpty();
    }

    @Test
    void everyTemplateNamesADelegateThatExists() {
        List<String> problems = new ArrayList<>();
        for (Template t : templates) {
            String bean = t.delegateBean();
            if (bean == null) {
                problems.add(t + ": no fixed camunda:delegateExpression of the form ${bean}");
            } else if (!delegates.containsKey(bean)) {
                problems.add(t + ": names ${" + bean + "}, but " + DELEGATE_PACKAGE + " has no such bean");
            } else {
                String expectedId = TEMPLATE_ID_PREFIX + delegates.get(bean).getSimpleName().replaceFirst("Delegate$", "");
                if (!expectedId.equals(t.id())) {
                    problems.add(t + ": the template of " + delegates.get(bean).getSimpleName() + " is " + expectedId);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesUseOnlyWhatTheSchemaAllows() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Template t : templates) {
            JsonNode json = t.json();
            if (!ids.add(t.id())) {
                problems.add(t + ": id used twice");
            }
            fieldNames(json).stream().filter(key -> !TEMPLATE_KEYS.contains(key))
                    .forEach(key -> problems.add(t + ": unknown key '" + key + "'"));
            if (!SCHEMA.equals(json.path("$schema").asText())) {
                problems.add(t + ": $schema must be the Camunda 7 schema " + SCHEMA);
            }
            for (String required : List.of("name", "description")) {
                if (json.path(required).asText().isBlank()) {
                    problems.add(t + ": no " + required);
                }
            }
            if (!json.path("version").isInt() || json.path("version").asInt() < 1) {
                problems.add(t + ": version must be a whole number from 1");
            }
            if (json.path("category").path("id").asText().isBlank()
                    || json.path("category").path("name").asText().isBlank()) {
                problems.add(t + ": category needs an id and a name");
            }
            JsonNode appliesTo = json.path("appliesTo");
            if (!appliesTo.isArray() || appliesTo.isEmpty()) {
                problems.add(t + ": appliesTo must list the BPMN types");
            }
            appliesTo.forEach(type -> {
                if (!APPLIES_TO.contains(type.asText())) {
                    problems.add(t + ": applies to " + type.asText() + ", not a task that calls a delegate");
                }
            });
            if (json.has("entriesVisible") && !json.get("entriesVisible").isBoolean()) {
                problems.add(t + ": entriesVisible must be true or false");
            }
            if (json.has("metadata") && !json.get("metadata").isObject()) {
                problems.add(t + ": metadata must be an object");
            }
            if (json.path("metadata").has("failedJobRetryTimeCycle")
                    && !"true".equals(t.fixedValue("camunda:asyncBefore"))) {
                problems.add(t + ": names a retry cycle but does not fix asyncBefore, so the step would have no job");
            }
            Set<String> groups = new TreeSet<>();
            json.path("groups").forEach(g -> groups.add(g.path("id").asText()));
            JsonNode properties = json.path("properties");
            if (!properties.isArray() || properties.isEmpty()) {
                problems.add(t + ": no properties");
            }
            properties.forEach(p -> checkProperty(t, p, groups, problems));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyModelledTaskMatchesItsTemplate() throws Exception {
        Map<String, Template> templateByExpression = new LinkedHashMap<>();
        templates.forEach(t -> templateByExpression.put(t.fixedValue("camunda:delegateExpression"), t));

        List<String> problems = new ArrayList<>();
        int tasks = 0;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (Element task : tasksWithDelegates(file)) {
                    tasks++;
                    String where = file.getFileName() + " " + task.getAttribute("id");
                    Template t = templateByExpression.get(task.getAttributeNS(CAMUNDA_NS, "delegateExpression"));
                    if (t == null) {
                        problems.add(where + ": no template has delegateExpression "
                                + task.getAttributeNS(CAMUNDA_NS, "delegateExpression"));
                        continue;
                    }
                    compare(where, task, t, problems);
                }
            }
        }
        assertThat(tasks).as("tasks calling a delegate in %s", PROCESSES).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesNameWhatTheirDelegatesReadAndWrite() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Template t : templates) {
            Class<?> delegate = delegates.get(t.delegateBean());
            if (delegate == null) {
                continue; // everyTemplateNamesADelegateThatExists says so
            }
            String source = Files.readString(DELEGATE_SOURCES.resolve(delegate.getSimpleName() + ".java"));
            JsonNode metadata = t.json().path("metadata");
            // the properties panel shows the delegate's description, not the metadata
            String description = t.property("camunda:delegateExpression").path("description").asText();
            for (var declared : SOURCE_PATTERNS) {
                Set<String> inSource = variables(source, declared.getValue());
                Set<String> inTemplate = new TreeSet<>();
                metadata.path(declared.getKey()).forEach(v -> inTemplate.add(v.asText()));
                if (!inSource.equals(inTemplate)) {
                    problems.add(t + ": metadata." + declared.getKey() + " is " + inTemplate + ", "
                            + delegate.getSimpleName() + " " + declared.getKey() + " " + inSource);
                }
                inTemplate.stream().filter(v -> !description.contains(v))
                        .forEach(v -> problems.add(t + ": the delegate's description does not name " + v));
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- the parts

    private static void checkProperty(Template t, JsonNode p, Set<String> groups, List<String> problems) {
        String label = t + " property '" + p.path("label").asText() + "'";
        fieldNames(p).stream().filter(key -> !PROPERTY_KEYS.contains(key))
                .forEach(key -> problems.add(label + ": unknown key '" + key + "'"));
        String binding = p.path("binding").path("type").asText();
        if (!TYPES_BY_BINDING.containsKey(binding)) {
            problems.add(label + ": binding type '" + binding + "' is not one of " + new TreeSet<>(TYPES_BY_BINDING.keySet()));
            return;
        }
        String type = p.path("type").asText(null);
        if (type != null && !TYPES_BY_BINDING.get(binding).contains(type)) {
            problems.add(label + ": type " + type + " is not allowed with binding " + binding + ", only "
                    + new TreeSet<>(TYPES_BY_BINDING.get(binding)));
        }
        String requiredKey = REQUIRED_BINDING_KEY.get(binding);
        if (requiredKey != null && p.path("binding").path(requiredKey).asText().isBlank()) {
            problems.add(label + ": binding " + binding + " needs " + requiredKey);
        }
        if ("camunda:in".equals(binding) && !p.path("binding").has("variables") && !p.path("binding").has("target")) {
            problems.add(label + ": binding camunda:in needs variables or target");
        }
        if ("Dropdown".equals(type) && !p.path("choices").isArray()) {
            problems.add(label + ": a Dropdown needs choices");
        }
        if (p.has("value") && !(p.get("value").isTextual() || p.get("value").isBoolean())) {
            problems.add(label + ": value must be a string or true/false");
        }
        if (p.has("editable") && !p.get("editable").isBoolean()) {
            problems.add(label + ": editable must be true or false");
        }
        if (p.has("group") && !groups.contains(p.get("group").asText())) {
            problems.add(label + ": group '" + p.get("group").asText() + "' is not among the template's groups");
        }
        fieldNames(p.path("constraints")).stream().filter(key -> !CONSTRAINT_KEYS.contains(key))
                .forEach(key -> problems.add(label + ": unknown constraint '" + key + "'"));
        if (p.path("constraints").path("pattern").has("value")) {
            String pattern = p.path("constraints").path("pattern").path("value").asText();
            if (p.has("value") && !Pattern.compile(pattern).matcher(p.get("value").asText()).find()) {
                problems.add(label + ": its own value does not match its pattern " + pattern);
            }
        }
    }

    /**
     * A task agrees with its template: every value the template fixes, asyncBefore (absent means false), the retry
     * cycle the template names in its metadata (a Camunda 7 template cannot write it), and the template Modeler
     * recorded when a modeler applied one.
     */
    private static void compare(String where, Element task, Template t, List<String> problems) {
        for (JsonNode p : t.json().path("properties")) {
            if (!"property".equals(p.path("binding").path("type").asText()) || !Template.isFixed(p)) {
                continue;
            }
            String name = p.path("binding").path("name").asText();
            String expected = p.path("value").asText();
            String actual = attribute(task, name);
            if (!expected.equals(actual == null && "false".equals(expected) ? "false" : actual)) {
                problems.add(where + ": " + name + " is " + actual + ", its template " + t.id() + " says " + expected);
            }
        }
        String asyncBefore = t.fixedValue("camunda:asyncBefore");
        boolean taskAsync = "true".equals(task.getAttributeNS(CAMUNDA_NS, "asyncBefore"));
        if (asyncBefore == null && taskAsync) {
            problems.add(where + ": runs asyncBefore, its template " + t.id() + " does not");
        }
        String retry = t.json().path("metadata").path("failedJobRetryTimeCycle").asText(null);
        String taskRetry = retryTimeCycle(task);
        if (retry == null ? taskRetry != null : !retry.equals(taskRetry)) {
            problems.add(where + ": retry time cycle is " + taskRetry + ", its template " + t.id() + " says " + retry);
        }
        String modelerTemplate = task.getAttributeNS(CAMUNDA_NS, "modelerTemplate");
        if (!modelerTemplate.isEmpty() && !modelerTemplate.equals(t.id())) {
            problems.add(where + ": Modeler applied template " + modelerTemplate + ", its delegate's template is " + t.id());
        }
        String modelerVersion = task.getAttributeNS(CAMUNDA_NS, "modelerTemplateVersion");
        if (!modelerVersion.isEmpty() && !modelerVersion.equals(t.json().path("version").asText())) {
            problems.add(where + ": made with version " + modelerVersion + " of " + t.id() + ", which is now version "
                    + t.json().path("version").asText() + ": update the task in Modeler");
        }
    }

    private static Map<String, Class<?>> scanDelegates() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
        var registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> found = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(DELEGATE_PACKAGE)) {
            // a delegate that is not a bean cannot be named in a delegateExpression
            assertThat(((AnnotatedBeanDefinition) definition).getMetadata().hasAnnotation(Component.class.getName()))
                    .as("%s is a @Component", definition.getBeanClassName()).isTrue();
            // the name Spring gives the bean: @Component's value, else the class name with a lower-case first letter
            String bean = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
            try {
                found.put(bean, Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static List<Template> readTemplates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Template> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode content = json.readTree(file.toFile());
                // a descriptor file holds one template or an array of them
                (content.isArray() ? content : json.createArrayNode().add(content))
                        .forEach(t -> found.add(new Template(file.getFileName().toString(), t)));
            }
        }
        assertThat(found).as("templates in %s", TEMPLATES).isNotEmpty();
        return found;
    }

    private static List<Element> tasksWithDelegates(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        List<Element> tasks = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS(BPMN_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (TASKS_WITH_DELEGATES.contains(element.getLocalName())
                    && element.hasAttributeNS(CAMUNDA_NS, "delegateExpression")) {
                tasks.add(element);
            }
        }
        return tasks;
    }

    /** The task's own retry cycle: bpmn:extensionElements/camunda:failedJobRetryTimeCycle, not a nested one. */
    private static String retryTimeCycle(Element task) {
        for (Element extensions : children(task, BPMN_NS, "extensionElements")) {
            for (Element cycle : children(extensions, CAMUNDA_NS, "failedJobRetryTimeCycle")) {
                return cycle.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String attribute(Element task, String name) {
        boolean camunda = name.startsWith("camunda:");
        String localName = camunda ? name.substring("camunda:".length()) : name;
        boolean present = camunda ? task.hasAttributeNS(CAMUNDA_NS, localName) : task.hasAttribute(localName);
        if (!present) {
            return null;
        }
        return camunda ? task.getAttributeNS(CAMUNDA_NS, localName) : task.getAttribute(localName);
    }

    private static Set<String> variables(String source, Pattern pattern) {
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    // a CaseVariables constant stands for its variable's name; a quoted name is the name
                    names.add(m.group(0).startsWith("CaseVariables.") ? variableName(m.group(g)) : m.group(g));
                }
            }
        }
        return names;
    }

    private static String variableName(String constant) {
        try {
            return ((ProcessVariable<?>) CaseVariables.class.getField(constant).get(null)).name();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CaseVariables has no " + constant, e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private record Template(String file, JsonNode json) {

        String id() {
            return json.path("id").asText();
        }

        /** A value the modeler cannot change: a Hidden property, or one marked not editable. */
        static boolean isFixed(JsonNode property) {
            return "Hidden".equals(property.path("type").asText()) || !property.path("editable").asBoolean(true);
        }

        /** The property bound to an attribute of the task ({@code camunda:delegateExpression}), or a missing node. */
        JsonNode property(String attribute) {
            for (JsonNode p : json.path("properties")) {
                if ("property".equals(p.path("binding").path("type").asText())
                        && attribute.equals(p.path("binding").path("name").asText())) {
                    return p;
                }
            }
            return MissingNode.getInstance();
        }

        /** The value a template fixes for an attribute of the task, or null. */
        String fixedValue(String attribute) {
            JsonNode p = property(attribute);
            return isFixed(p) && p.has("value") ? p.get("value").asText() : null;
        }

        /** The bean its fixed delegate expression names, or null. */
        String delegateBean() {
            String expression = fixedValue("camunda:delegateExpression");
            Matcher m = expression == null ? null : DELEGATE_EXPRESSION.matcher(expression);
            return m != null && m.matches() ? m.group(1) : null;
        }

        @Override
        public String toString() {
            return file + " " + id();
        }
    }
}
