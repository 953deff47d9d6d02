/** People with dated roles, one JSON file per country or international group. */
import auPeople from "./au.json";
import balticPeople from "./baltic.json";
import caPeople from "./ca.json";
import cnPeople from "./cn.json";
import dePeople from "./de.json";
import euIntlPeople from "./eu-intl.json";
import frPeople from "./fr.json";
import gbPeople from "./gb.json";
import ilPeople from "./il.json";
import inPeople from "./in.json";
import itPeople from "./it.json";
import jpPeople from "./jp.json";
import nordicPeople from "./nordic.json";
import plPeople from "./pl.json";
import ruPeople from "./ru.json";
import uaPeople from "./ua.json";
import usPeople from "./us.json";

export const peopleEntries: unknown[] = [
  ...auPeople,
  ...balticPeople,
  ...caPeople,
  ...cnPeople,
  ...dePeople,
  ...euIntlPeople,
  ...frPeople,
  ...gbPeople,
  ...ilPeople,
  ...inPeople,
  ...itPeople,
  ...jpPeople,
  ...nordicPeople,
  ...plPeople,
  ...ruPeople,
  ...uaPeople,
  ...usPeople,
];
