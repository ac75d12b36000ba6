export { fullKit, PRESET_OF_SEED, seedKit, standardKit } from '../../fixtures/kits';
