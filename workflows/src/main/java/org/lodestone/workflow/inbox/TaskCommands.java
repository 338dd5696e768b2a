package org.lodestone.workflow.inbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.lodestone.shared.Decimals;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * Reads completion bodies into task commands, field by field with every violation at once (codes
 * against the domain's enums, text against {@link MaxLength}, numbers bounded), and hands commands
 * to the process. Input is never repeated in a message.
 */
public final class TaskCommands {

  /** The transient variable that carries the command to the step that records it. */
  public static final String VARIABLE = "command";

  private static final int DEFAULT_MAX_LENGTH = 2000;

  private TaskCommands() {}

  /** The variables completing a task with this command sets. */
  public static VariableMap variables(TaskCommand command) {
    VariableMap variables = Variables.createVariables();
    variables.putAll(command.processVariables());
    variables.putValueTyped(VARIABLE, Variables.untypedValue(command, true));
    return variables;
  }

  /** The command a task was completed with, in the step that records it. */
  public static <C extends TaskCommand> C of(VariableScope execution, Class<C> type) {
    Object command = execution.getVariable(VARIABLE);
    if (!type.isInstance(command)) {
      throw new IllegalStateException("the step expects a " + type.getSimpleName());
    }
    return type.cast(command);
  }

  public static <C extends TaskCommand> C read(Class<C> type, Map<String, ?> body) {
    Map<String, ?> fields = body == null ? Map.of() : body;
    List<Violation> violations = new ArrayList<>();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = field(components[i], fields.get(components[i].getName()), violations);
    }
    C command = construct(type, components, values);
    List<String> unreadable = violations.stream().map(Violation::field).toList();
    violations((Record) command).stream()
        .filter(v -> !unreadable.contains(v.field()))
        .forEach(violations::add);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return command;
  }

  /** Refuses a command (as a page builds it) that lacks a required field or is too long. */
  public static void check(TaskCommand command) {
    List<Violation> violations = violations((Record) command);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private static List<Violation> violations(Record command) {
    List<Violation> violations = new ArrayList<>();
    for (RecordComponent component : command.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(command);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String name = component.getName();
      boolean absent =
          value == null
              || (value instanceof String s && s.isBlank())
              || (value instanceof java.util.Collection<?> c && c.isEmpty())
              || (value instanceof Map<?, ?> m && m.isEmpty());
      if (absent && component.isAnnotationPresent(Required.class)) {
        violations.add(new Violation(name, "is required" + choices(component.getType())));
      }
      MaxLength max = component.getAnnotation(MaxLength.class);
      int limit = max == null ? DEFAULT_MAX_LENGTH : max.value();
      if (value instanceof String text && text.length() > limit) {
        violations.add(new Violation(name, "must be at most " + limit + " characters"));
      }
    }
    return violations;
  }

  private static <C> C construct(Class<C> type, RecordComponent[] components, Object[] values) {
    try {
      Constructor<C> constructor =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
  }

  private static Object field(RecordComponent component, Object value, List<Violation> v) {
    String name = component.getName();
    Class<?> type = component.getType();
    boolean absent = value == null || (value instanceof String s && s.isBlank());
    if (absent) {
      return type == List.class ? List.of() : type == Map.class ? Map.of() : null;
    }
    if (type == String.class) {
      return value.toString().strip();
    }
    if (type.isEnum()) {
      return code(name, value, type, v);
    }
    if (type == Boolean.class) {
      if (value instanceof Boolean b) {
        return b;
      }
      if ("true".equals(value) || "false".equals(value)) {
        return Boolean.valueOf((String) value);
      }
      v.add(new Violation(name, "must be true or false"));
      return null;
    }
    if (type == BigDecimal.class) {
      return number(name, value, v);
    }
    if (type == java.time.LocalDate.class) {
      String text = value.toString().strip();
      try {
        if (text.length() <= 10) {
          return java.time.LocalDate.parse(text);
        }
      } catch (java.time.format.DateTimeParseException e) {
        // reported below
      }
      v.add(new Violation(name, "must be a date such as 2027-03-31"));
      return null;
    }
    if (type == List.class) {
      return names(name, value, v);
    }
    if (type == Map.class && isScoreMap(component.getGenericType())) {
      return scores(name, value, v);
    }
    if (type == Map.class && isDecimalMap(component.getGenericType())) {
      return decimals(name, value, v);
    }
    if (type == Integer.class) {
      BigDecimal number = number(name, value, v);
      try {
        return number == null ? null : number.intValueExact();
      } catch (ArithmeticException e) {
        v.add(new Violation(name, "must be a whole number"));
        return null;
      }
    }
    throw new IllegalStateException("unsupported command field " + name + " of " + type);
  }

  private static String choices(Class<?> type) {
    return type.isEnum() ? ": one of " + Arrays.toString(type.getEnumConstants()) : "";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object code(String name, Object value, Class<?> type, List<Violation> v) {
    String text = value.toString().strip();
    try {
      if (text.length() <= 60) {
        return Enum.valueOf((Class<Enum>) type, text);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    v.add(new Violation(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
    return null;
  }

  private static BigDecimal number(String name, Object value, List<Violation> v) {
    return Decimals.parse(value.toString())
        .orElseGet(
            () -> {
              v.add(new Violation(name, Decimals.RULE));
              return null;
            });
  }

  private static List<String> names(String name, Object value, List<Violation> v) {
    List<String> names = new ArrayList<>();
    if (!(value instanceof List<?> list)) {
      v.add(new Violation(name, "must be a list of usernames"));
      return names;
    }
    if (list.size() > 50) {
      v.add(new Violation(name, "must list at most 50 usernames"));
      return names;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item == null || item.toString().isBlank() || item.toString().length() > 64) {
        v.add(new Violation(name + "[" + i + "]", "must be a username of at most 64 characters"));
      } else {
        names.add(item.toString().strip());
      }
    }
    return names;
  }

  private static boolean isScoreMap(Type generic) {
    return generic instanceof ParameterizedType p && p.getActualTypeArguments()[1] == Integer.class;
  }

  private static boolean isDecimalMap(Type generic) {
    return generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[1] == BigDecimal.class;
  }

  /** A map of codes to amounts, such as tonnes per year by mineral. */
  private static Map<String, BigDecimal> decimals(String name, Object value, List<Violation> v) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    if (!(value instanceof Map<?, ?> map) || map.size() > 50) {
      v.add(new Violation(name, "must map at most 50 codes to numbers"));
      return amounts;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      BigDecimal number =
          e.getValue() == null ? null : Decimals.parse(e.getValue().toString()).orElse(null);
      if (key.length() > 40 || number == null) {
        v.add(new Violation(name, "must map codes of at most 40 characters to numbers"));
        return new LinkedHashMap<>();
      }
      amounts.put(key, number);
    }
    return amounts;
  }

  private static Map<String, Integer> scores(String name, Object value, List<Violation> v) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    if (!(value instanceof Map<?, ?> map) || map.size() > 50) {
      v.add(new Violation(name, "must map each criterion code to a score from 1 to 5"));
      return scores;
    }
    map.forEach(
        (code, score) -> {
          String key = String.valueOf(code);
          if (key.length() > 40) {
            v.add(new Violation(name, "criterion codes are at most 40 characters"));
            return;
          }
          try {
            BigDecimal number =
                score == null ? null : Decimals.parse(score.toString()).orElse(null);
            scores.put(key, number == null ? null : number.intValueExact());
            if (number == null) {
              throw new ArithmeticException();
            }
          } catch (ArithmeticException e) {
            scores.remove(key);
            v.add(new Violation(name + "." + key, "must be a whole number from 1 to 5"));
          }
        });
    return scores;
  }
}
