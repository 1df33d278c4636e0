import { joinPage } from '../joinPage';

export const { load, actions } = joinPage('projector');
