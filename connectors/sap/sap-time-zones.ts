/**
 * SAP time zone codes (table TTZZ) as IANA zones, for the ones deliveries commonly carry.
 * A code not listed here is refused with a clear error; a tenant can map it through the
 * connector's `timeZones` option.
 */
export const SAP_TIME_ZONES: Record<string, string> = {
  UTC: "UTC",
  GMT: "Etc/GMT",
  GMTUK: "Europe/London",
  WET: "Europe/Lisbon",
  CET: "Europe/Berlin",
  CETN: "Europe/Oslo",
  EET: "Europe/Helsinki",
  RUS03: "Europe/Moscow",
  EST: "America/New_York",
  EST_NA: "America/New_York",
  CST: "America/Chicago",
  CST_NA: "America/Chicago",
  MST: "America/Denver",
  MST_NA: "America/Denver",
  PST: "America/Los_Angeles",
  PST_NA: "America/Los_Angeles",
  BRAZIL: "America/Sao_Paulo",
  INDIA: "Asia/Kolkata",
  UTC_8: "Asia/Shanghai",
  CHINA: "Asia/Shanghai",
  JAPAN: "Asia/Tokyo",
  KOREA: "Asia/Seoul",
  SINGAP: "Asia/Singapore",
  AUSNSW: "Australia/Sydney",
};
