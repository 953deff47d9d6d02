/** People with dated roles, one JSON file per country or international group. */
import arPeople from "./ar.json";
import auPeople from "./au.json";
import balticPeople from "./baltic.json";
import brPeople from "./br.json";
import caPeople from "./ca.json";
import cnPeople from "./cn.json";
import dePeople from "./de.json";
import euIntlPeople from "./eu-intl.json";
import frPeople from "./fr.json";
import gbPeople from "./gb.json";
import idPeople from "./id.json";
import ilPeople from "./il.json";
import inPeople from "./in.json";
import irPeople from "./ir.json";
import itPeople from "./it.json";
import jpPeople from "./jp.json";
import krPeople from "./kr.json";
import mxPeople from "./mx.json";
import nordicPeople from "./nordic.json";
import plPeople from "./pl.json";
import ruPeople from "./ru.json";
import saPeople from "./sa.json";
import trPeople from "./tr.json";
import uaPeople from "./ua.json";
import usPeople from "./us.json";
import zaPeople from "./za.json";

export const peopleEntries: unknown[] = [
  ...arPeople,
  ...auPeople,
  ...balticPeople,
  ...brPeople,
  ...caPeople,
  ...cnPeople,
  ...dePeople,
  ...euIntlPeople,
  ...frPeople,
  ...gbPeople,
  ...idPeople,
  ...ilPeople,
  ...inPeople,
  ...irPeople,
  ...itPeople,
  ...jpPeople,
  ...krPeople,
  ...mxPeople,
  ...nordicPeople,
  ...plPeople,
  ...ruPeople,
  ...saPeople,
  ...trPeople,
  ...uaPeople,
  ...usPeople,
  ...zaPeople,
];
