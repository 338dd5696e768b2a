package org.lodestone.intake.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The states, the District of Columbia and Puerto Rico with generous bounding boxes, so a site's
 * coordinates can be checked against the state it names (a point in the ocean, or in another state,
 * is refused). Boxes are coarse on purpose: they refuse the clearly wrong, not the edge.
 */
public final class UsGeography {

  /** USPS code to name. */
  public static final Map<String, String> STATES = new TreeMap<>();

  private static final Map<String, double[]> BOXES = new TreeMap<>();

  private static void state(
      String code, String name, double south, double north, double west, double east) {
    STATES.put(code, name);
    BOXES.put(code, new double[] {south - 0.1, north + 0.1, west - 0.1, east + 0.1});
  }

  static {
    state("AL", "Alabama", 30.1, 35.0, -88.5, -84.9);
    state("AK", "Alaska", 51.2, 71.4, -179.2, -129.9);
    state("AZ", "Arizona", 31.3, 37.0, -114.8, -109.0);
    state("AR", "Arkansas", 33.0, 36.5, -94.6, -89.6);
    state("CA", "California", 32.5, 42.0, -124.5, -114.1);
    state("CO", "Colorado", 37.0, 41.0, -109.1, -102.0);
    state("CT", "Connecticut", 40.9, 42.1, -73.7, -71.8);
    state("DE", "Delaware", 38.4, 39.9, -75.8, -75.0);
    state("DC", "District of Columbia", 38.8, 39.0, -77.1, -76.9);
    state("FL", "Florida", 24.4, 31.0, -87.6, -80.0);
    state("GA", "Georgia", 30.4, 35.0, -85.6, -80.8);
    state("HI", "Hawaii", 18.9, 22.3, -160.3, -154.8);
    state("ID", "Idaho", 42.0, 49.0, -117.3, -111.0);
    state("IL", "Illinois", 36.9, 42.5, -91.5, -87.0);
    state("IN", "Indiana", 37.7, 41.8, -88.1, -84.8);
    state("IA", "Iowa", 40.4, 43.5, -96.7, -90.1);
    state("KS", "Kansas", 37.0, 40.0, -102.1, -94.6);
    state("KY", "Kentucky", 36.5, 39.2, -89.6, -81.9);
    state("LA", "Louisiana", 28.9, 33.0, -94.1, -88.8);
    state("ME", "Maine", 43.0, 47.5, -71.1, -66.9);
    state("MD", "Maryland", 37.9, 39.8, -79.5, -75.0);
    state("MA", "Massachusetts", 41.2, 42.9, -73.5, -69.9);
    state("MI", "Michigan", 41.7, 48.3, -90.4, -82.4);
    state("MN", "Minnesota", 43.5, 49.4, -97.2, -89.5);
    state("MS", "Mississippi", 30.2, 35.0, -91.7, -88.1);
    state("MO", "Missouri", 36.0, 40.6, -95.8, -89.1);
    state("MT", "Montana", 44.4, 49.0, -116.1, -104.0);
    state("NE", "Nebraska", 40.0, 43.0, -104.1, -95.3);
    state("NV", "Nevada", 35.0, 42.0, -120.0, -114.0);
    state("NH", "New Hampshire", 42.7, 45.3, -72.6, -70.6);
    state("NJ", "New Jersey", 38.9, 41.4, -75.6, -73.9);
    state("NM", "New Mexico", 31.3, 37.0, -109.1, -103.0);
    state("NY", "New York", 40.5, 45.0, -79.8, -71.9);
    state("NC", "North Carolina", 33.8, 36.6, -84.3, -75.5);
    state("ND", "North Dakota", 45.9, 49.0, -104.1, -96.6);
    state("OH", "Ohio", 38.4, 42.0, -84.8, -80.5);
    state("OK", "Oklahoma", 33.6, 37.0, -103.0, -94.4);
    state("OR", "Oregon", 42.0, 46.3, -124.6, -116.5);
    state("PA", "Pennsylvania", 39.7, 42.3, -80.5, -74.7);
    state("PR", "Puerto Rico", 17.9, 18.5, -67.3, -65.2);
    state("RI", "Rhode Island", 41.1, 42.0, -71.9, -71.1);
    state("SC", "South Carolina", 32.0, 35.2, -83.4, -78.5);
    state("SD", "South Dakota", 42.5, 45.9, -104.1, -96.4);
    state("TN", "Tennessee", 35.0, 36.7, -90.3, -81.6);
    state("TX", "Texas", 25.8, 36.5, -106.6, -93.5);
    state("UT", "Utah", 37.0, 42.0, -114.1, -109.0);
    state("VT", "Vermont", 42.7, 45.0, -73.4, -71.5);
    state("VA", "Virginia", 36.5, 39.5, -83.7, -75.2);
    state("WA", "Washington", 45.5, 49.0, -124.8, -116.9);
    state("WV", "West Virginia", 37.2, 40.6, -82.6, -77.7);
    state("WI", "Wisconsin", 42.5, 47.1, -92.9, -86.8);
    state("WY", "Wyoming", 41.0, 45.0, -111.1, -104.1);
  }

  private UsGeography() {}

  public static boolean isState(String code) {
    return STATES.containsKey(code);
  }

  /** True when the point lies within the state's bounding box. */
  public static boolean within(String state, BigDecimal latitude, BigDecimal longitude) {
    double[] box = BOXES.get(state);
    if (box == null) {
      return false;
    }
    double lat = latitude.doubleValue();
    double lon = longitude.doubleValue();
    return lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3];
  }
}
