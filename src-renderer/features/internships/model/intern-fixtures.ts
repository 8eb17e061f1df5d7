/** A valid intern for tests (the data layer's fixture, under the name these tests know it by). */
export { testIntern as sampleIntern } from '../../../data/test-db';
