package org.leadercontacts.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How precisely a source states a date.")
public enum DatePrecision {
    @Description("Only the year is known.")
    YEAR,
    @Description("The year and month are known.")
    MONTH,
    @Description("The exact day is known.")
    DAY
}
